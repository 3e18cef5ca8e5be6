import { defineLanguage } from "./types.js";

// Salesforce's Korean knowledge article on the restricted-picklist error, quoted in full by a
// Korean admin's post: the message reads '제한된 선택 목록 필드의 잘못된 값: PicklistValue'.
const RESTRICTED_PICKLIST_ARTICLE = "https://aboutw3.tistory.com/8348";
// Salesforce's own Korean knowledge article on lookup filters, quoting the error.
const LOOKUP_FILTER_ARTICLE =
  "https://help.salesforce.com/s/articleView?id=000384756&language=ko&type=1";
// Adobe's Korean Marketo Measure docs list the Salesforce messages its CRM export meets
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
const ADOBE_KO =
  "github:AdobeDocs/marketo-measure.ko-KR/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/**
 * Korean: Salesforce's own wording, as its Korean help quotes it, and Adobe's Korean docs for the
 * other families. Hangul: plain substrings, no \b; spacing between words varies, so \s* joins them.
 */
export default defineLanguage({
  code: "ko",
  name: "Korean",
  wordings: [
    {
      // "bad value for restricted picklist field"; Adobe leaves "picklist" in English.
      type: "restricted-picklist-value",
      pattern: /제한된\s*(?:선택\s*목록|picklist)\s*필드(?:의|에\s*대한)\s*잘못된\s*값/i,
      source: RESTRICTED_PICKLIST_ARTICLE,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern:
        /값이\s*(?:존재하지\s*않거나|없거나).{0,12}필터\s*(?:기준|조건)(?:과|와)\s*일치하지\s*않습니다/,
      source: LOOKUP_FILTER_ARTICLE,
    },
    {
      // REQUIRED_FIELD_MISSING: "Required fields are missing: [...]"
      type: "missing-required-value",
      pattern: /필수\s*필드(?:가|이)?\s*(?:누락|없습니다)/,
      source: ADOBE_KO,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /중복\s*레코드를\s*(?:만들고|생성하고)\s*있습니다/,
      source: ADOBE_KO,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /(?:오브젝트|개체|상호\s*참조)\s*ID에\s*대한\s*액세스\s*권한(?:이)?\s*부족/i,
      source: ADOBE_KO,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /레코드가\s*잠겨\s*있습니다/,
      source: ADOBE_KO,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /이\s*(?:국가|주)에\s*문제가\s*있습니다/,
      source: ADOBE_KO,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /비활성\s*사용자.{0,40}소유자/,
      source: ADOBE_KO,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /필드를\s*(?:만들거나\s*업데이트할|생성\s*\/\s*업데이트할)\s*수\s*없/,
      source: ADOBE_KO,
    },
  ],
  examples: [
    {
      message: "제한된 선택 목록 필드의 잘못된 값: PicklistValue",
      type: "restricted-picklist-value",
      source: RESTRICTED_PICKLIST_ARTICLE,
    },
    {
      message:
        "FIELD_FILTER_VALIDATION_EXCEPTION(필드 필터 검증 예외), 값이 존재하지 않거나 값이 필터 기준과 일치하지 않습니다",
      type: "invalid-value",
      source: LOOKUP_FILTER_ARTICLE,
    },
    {
      // The same message without the status code the article puts before it.
      message: "값이 존재하지 않거나 값이 필터 기준과 일치하지 않습니다",
      type: "invalid-value",
      source: LOOKUP_FILTER_ARTICLE,
    },
    {
      message: "중복 레코드를 만들고 있습니다. 대신 기존 레코드를 사용하는 것이 좋습니다.",
      type: "salesforce-duplicate-rule",
      source: ADOBE_KO,
    },
    {
      message: "이 레코드가 잠겨 있습니다. 편집해야 하는 경우 관리자에게 문의하십시오.",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_KO,
    },
    {
      message:
        '값이 없거나 필터 조건과 일치하지 않습니다. "계정 담당자, Inside Sales" 역할을 가진 사용자를 선택하십시오.',
      type: "invalid-value",
      source: ADOBE_KO,
    },
    {
      message:
        "이 국가에 문제가 있습니다. 올바른 것처럼 보일 수 있습니다. 유효한 국가 목록에서 국가/지역을 선택하십시오.: 국가",
      type: "mismatched-state-or-country-value",
      source: ADOBE_KO,
    },
    {
      message: "비활성 사용자 [1234]을(를) 연락처 소유자로 사용하여 수행된 작업",
      type: "inactive-salesforce-owner",
      source: ADOBE_KO,
    },
    {
      message: "오브젝트 ID에 대한 액세스 권한 부족: [123]",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_KO,
    },
    {
      message:
        "필드를 만들거나 업데이트할 수 없음: bizible2__UniqueId__c. 이 필드의 보안 설정을 확인하고 프로필 또는 권한 집합에 대해 읽기/쓰기가 수행되는지 확인하십시오.",
      type: "salesforce-field-permission",
      source: ADOBE_KO,
    },
    {
      message: "상호 참조 ID에 대한 액세스 권한 부족: 0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_KO,
    },
    {
      message: "제한된 picklist 필드에 대한 잘못된 값: 알 수 없음",
      type: "restricted-picklist-value",
      source: ADOBE_KO,
    },
    {
      message: "필수 필드가 누락됨: [Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_KO,
    },
  ],
});

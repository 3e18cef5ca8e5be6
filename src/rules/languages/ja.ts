import { defineLanguage } from "./types.js";

// An Apex insert that set a picklist label instead of its API name, logged in a Japanese org.
const RESTRICTED_PICKLIST_BLOG = "https://tyoshikawa1.rssing.com/chan-55762271/article572.html";
// A Salesforce-based product's import help, listing the message as the org returns it.
const RESTRICTED_PICKLIST_IMPORT_HELP =
  "https://support.tsubaiso.jp/hc/ja/community/posts/5624153141529-%E3%83%87%E3%83%BC%E3%82%BF%E3%82%A4%E3%83%B3%E3%83%9D%E3%83%BC%E3%83%88%E6%99%82%E3%81%AB%E3%82%88%E3%81%8F%E7%99%BA%E7%94%9F%E3%81%99%E3%82%8B%E3%82%A8%E3%83%A9%E3%83%BC%E3%81%A8%E5%AF%BE%E5%87%A6%E6%96%B9%E6%B3%95";
// Salesforce's Japanese help names the "Body: data value too large" error in its article title
// (000383031); the title is quoted in this post.
const DATA_VALUE_TOO_LARGE =
  "https://milkteaa.com/%e3%81%93%e3%81%ae%e3%82%aa%e3%83%96%e3%82%b8%e3%82%a7%e3%82%af%e3%83%88%e3%81%ae%e3%81%99%e3%81%b9%e3%81%a6%e3%81%ae%e3%83%ad%e3%83%b3%e3%82%b0%e3%83%86%e3%82%ad%e3%82%b9%e3%83%88%e3%82%a8%e3%83%aa";
// Salesforce's Japanese knowledge article on duplicate rules in processes, quoting the flow
// failure a user sees.
const FLOW_FAILURE_ARTICLE =
  "https://help.salesforce.com/s/articleView?id=000387441&language=ja&type=1";
// An admin's post quoting the same wrapper around a validation rule's message.
const FLOW_FAILURE_POST = "https://sf.forum.circlace.com/articles/601852870291099648";
// A Salesforce-based product's help article, its title quoting the owner-left-blank message.
const OWNER_BLANK_HELP =
  "https://intercom.help/salescore/ja/articles/11596181-%E3%82%A8%E3%83%A9%E3%83%BC%E5%AF%BE%E5%BF%9C-salesforceapiresponseerror-%E5%89%B2%E3%82%8A%E5%BD%93%E3%81%A6%E5%85%88-id-%E6%89%80%E6%9C%89%E8%80%85%E3%82%92%E7%A9%BA%E7%99%BD%E3%81%AB%E3%81%97%E3%81%A6%E3%81%8A%E3%81%8F%E3%81%93%E3%81%A8%E3%81%AF%E3%81%A7%E3%81%8D%E3%81%BE%E3%81%9B%E3%82%93-%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6";
// A Japanese team's deployment notes quoting a lead-creation error from their org (the file is
// in the repository's history at commit fd56597eea4fd1b6c17d8dea2314632dab9a9652).
const MARKMAIL_NOTES =
  "github:engineers-hub-ltd-in-house-project/markmail/docs/salesforce/aws-deployment-setup-2025-07-30.md";
// Adobe's Japanese Marketo Measure docs list the Salesforce messages its CRM export meets
// (translation memory plus machine translation, so an approximation of Salesforce's own strings):
// it writes ピックリスト and フィールド where Salesforce writes 選択リスト and 項目, so patterns
// take both.
const ADOBE_JA =
  "github:AdobeDocs/marketo-measure.ja-JP/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/**
 * Japanese: Salesforce's own wording, as quoted from Japanese orgs and Salesforce's Japanese help,
 * and Adobe's Japanese docs for the families no real message was found for. CJK: plain
 * substrings, no \b; colons may be full-width.
 */
export default defineLanguage({
  code: "ja",
  name: "Japanese",
  wordings: [
    // The duplicate rule's prompt, quoted from a Pardot-to-Salesforce sync log.
    {
      type: "salesforce-duplicate-rule",
      pattern: /いずれか\s*1\s*つのレコードを使用しますか/,
      source: "https://fact-marketing.jp/fact-digital/pardot/pardot_syncsalesforce",
    },
    {
      type: "custom-code",
      pattern: /カスタム入力規則の例外/,
      source: "https://fact-marketing.jp/fact-digital/pardot/pardot_syncsalesforce",
    },
    {
      // "bad value for restricted picklist field". CJK: plain substring, no \b.
      type: "restricted-picklist-value",
      pattern: /制限つき選択リスト項目の値が不適切/,
      source: RESTRICTED_PICKLIST_BLOG,
    },
    {
      // "data value too large", often after the field label ("本文のデータ値が大きすぎます").
      type: "string-too-long",
      pattern: /データ値が大きすぎ/,
      source: DATA_VALUE_TOO_LARGE,
    },
    {
      // "We can't save this record because the “X” process failed": the flow/process wrapper.
      // Salesforce writes it with and without "この" (this); the inner error follows.
      type: "custom-code",
      pattern: /処理失敗により、?\s*(?:この)?レコードを保存できません/,
      source: FLOW_FAILURE_ARTICLE,
    },
    {
      // Adobe's rendering of the same restricted-picklist message.
      type: "restricted-picklist-value",
      pattern:
        /制限(?:つき|付き)(?:ピックリスト|選択リスト)(?:フィールド|項目)の(?:不正な|不適切な)?値/,
      source: ADOBE_JA,
    },
    {
      // REQUIRED_FIELD_MISSING: "Required fields are missing: [...]"
      type: "missing-required-value",
      pattern:
        /必須(?:項目|フィールド)(?:が|を)(?:見つかりません|ありません|入力されていません|未入力)/,
      source: ADOBE_JA,
    },
    {
      // "<label>: You can't leave <field> blank", the platform's message for a required owner.
      type: "missing-required-value",
      pattern: /を空白にしておくことはできません/,
      source: OWNER_BLANK_HELP,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /重複(?:した|する)?値が(?:見つかりました|あります|存在します)/,
      source: ADOBE_JA,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /重複(?:する)?レコードを作成(?:しています|しようとしています)/,
      source: ADOBE_JA,
    },
    {
      // "insufficient access rights on object id / cross-reference id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /(?:オブジェクト|クロス参照|相互参照)\s*ID\s*に対するアクセス権限?が不十分/,
      source: ADOBE_JA,
    },
    {
      // ENTITY_IS_LOCKED: "This record is locked."
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /レコードはロックされています/,
      source: ADOBE_JA,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern: /値が存在しないか、?\s*(?:フィルター?|検索)条件に一致しません/,
      source: ADOBE_JA,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /この(?:国|州)(?:\/地域)?(?:には|に)問題があります/,
      source: ADOBE_JA,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern:
        /非アクティブ(?:な)?ユーザー.{0,20}(?:操作|所有者)|(?:所有者|操作).{0,20}非アクティブ(?:な)?ユーザー/,
      source: ADOBE_JA,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /(?:項目|フィールド)を作成\s*[/／]\s*更新できません/,
      source: ADOBE_JA,
    },
  ],
  examples: [
    {
      message: "項目 X は入力必須です (カスタム入力規則の例外: 項目 X は入力必須です)",
      type: "custom-code",
      source: "https://fact-marketing.jp/fact-digital/pardot/pardot_syncsalesforce",
    },
    {
      message: "いずれか 1 つのレコードを使用しますか?",
      type: "salesforce-duplicate-rule",
      source: "https://fact-marketing.jp/fact-digital/pardot/pardot_syncsalesforce",
    },
    {
      message:
        "【項目名】: 制限つき選択リスト項目の値が不適切: 【インポートデータの値】:【項目API参照名】",
      type: "restricted-picklist-value",
      source: RESTRICTED_PICKLIST_IMPORT_HELP,
    },
    {
      message: "本文のデータ値が大きすぎます",
      type: "string-too-long",
      source: DATA_VALUE_TOO_LARGE,
    },
    {
      message:
        "「XXXXXXXXX」処理失敗により、このレコードを保存できません。Salesforce システム管理者に次の詳細を報告してください。このエラーは、フローでレコードの更新が試行されたときに発生しました:",
      type: "custom-code",
      source: FLOW_FAILURE_ARTICLE,
    },
    {
      message:
        "「〇〇」処理失敗により、レコードを保存できません。Salesforce システム管理者に次の詳細を報告してください。FIELD_CUSTOM_VALIDATION_EXCEPTION:〇〇の後に〇〇は出来ません。ExceptionCodeの値については、『SOAP API 開発者ガイド』を参照してください。",
      type: "custom-code",
      source: FLOW_FAILURE_POST,
    },
    {
      message: "SalesforceApiResponseError: 割り当て先 ID: 所有者を空白にしておくことはできません",
      type: "missing-required-value",
      source: OWNER_BLANK_HELP,
    },
    {
      message:
        "Salesforceリード作成エラー: INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST\nJava: 制限つき選択リスト項目の値が不適切: 実務経験豊富",
      type: "restricted-picklist-value",
      source: MARKMAIL_NOTES,
    },
    {
      message:
        "重複レコードを作成しています。 代わりに、既存のレコードを使用することをお勧めします。",
      type: "salesforce-duplicate-rule",
      source: ADOBE_JA,
    },
    {
      message:
        "重複した値が見つかりました：Email_Unique__c レコードの値をID 123、RecordId : 456で複製します",
      type: "restricted-unique-value",
      source: ADOBE_JA,
    },
    {
      message:
        "このレコードはロックされています。 編集が必要な場合は、管理者にお問い合わせください。",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_JA,
    },
    {
      message:
        "値が存在しないか、フィルター条件に一致しません。 「Account Executive, Inside Sales」という役割を持つユーザーを選択してください。",
      type: "invalid-value",
      source: ADOBE_JA,
    },
    {
      message:
        "この国には問題がありますが、正しく表示される場合があります。 有効な国のリストから国/地域を選択してください。：国",
      type: "mismatched-state-or-country-value",
      source: ADOBE_JA,
    },
    {
      message: "連絡先の所有者として非アクティブユーザー[1234]で実行された操作",
      type: "inactive-salesforce-owner",
      source: ADOBE_JA,
    },
    {
      message:
        "フィールドを作成/更新できません：bizible2__UniqueId__c. このフィールドのセキュリティ設定を確認し、プロファイルまたは権限セットの読み取り/書き込みであることを確認してください。",
      type: "salesforce-field-permission",
      source: ADOBE_JA,
    },
    {
      message: "クロス参照IDに対するアクセス権限が不十分：0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_JA,
    },
    {
      message: "制限付きピックリストフィールドの不正な値：不明",
      type: "restricted-picklist-value",
      source: ADOBE_JA,
    },
    {
      message: "必須フィールドが見つかりません：[Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_JA,
    },
  ],
});

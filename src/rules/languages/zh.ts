import { defineLanguage } from "./types.js";

// Adobe's Simplified Chinese Marketo Measure docs list the Salesforce messages its CRM export meets
// (translation memory plus machine translation, so an approximation of Salesforce's own strings).
// Salesforce's Chinese UI says 选项列表 for picklist where Adobe says 选取列表: the pattern takes both.
const ADOBE_ZH =
  "github:AdobeDocs/marketo-measure.zh-Hans/help/configuration-and-setup/getting-started-with-marketo-measure/error-notifications.md";

/** Chinese (Simplified): Salesforce's standard messages, as Adobe's Chinese docs render them. CJK: no \b. */
export default defineLanguage({
  code: "zh",
  name: "Chinese",
  wordings: [
    {
      // REQUIRED_FIELD_MISSING: "Required fields are missing: [...]"
      type: "missing-required-value",
      pattern: /必填(?:字段|项)(?:缺失|丢失|未填)|缺少必填(?:字段|项)/,
      source: ADOBE_ZH,
    },
    {
      // "bad value for restricted picklist field"
      type: "restricted-picklist-value",
      pattern: /受限(?:制的)?(?:选取|选择|选项)列表字段/,
      source: ADOBE_ZH,
    },
    {
      // "duplicate value found: <field> duplicates value on record with id: <id>"
      type: "restricted-unique-value",
      pattern: /发现重复值/,
      source: ADOBE_ZH,
    },
    {
      // The duplicate rule's alert: "You're creating a duplicate record."
      type: "salesforce-duplicate-rule",
      pattern: /(?:您)?正在创建重复(?:的)?记录/,
      source: ADOBE_ZH,
    },
    {
      // "insufficient access rights on cross-reference id / object id"
      type: "insufficient-access-or-missing-salesforce-record",
      pattern: /(?:交叉引用|对象)\s*ID\s*的访问权限不足/i,
      source: ADOBE_ZH,
    },
    {
      // The lookup filter: "Value does not exist or does not match filter criteria."
      type: "invalid-value",
      pattern: /值不存在或与筛选条件不匹配/,
      source: ADOBE_ZH,
    },
    {
      // "There's a problem with this country, even though it may appear correct."
      type: "mismatched-state-or-country-value",
      pattern: /该(?:国家|州)(?:\/地区)?存在问题/,
      source: ADOBE_ZH,
    },
    {
      // INACTIVE_OWNER_OR_USER: "operation performed with inactive user [id] as owner of contact"
      type: "inactive-salesforce-owner",
      pattern: /非活动用户.{0,30}所有者/,
      source: ADOBE_ZH,
    },
    {
      // INVALID_FIELD_FOR_INSERT_UPDATE: "Unable to create/update fields: ..."
      type: "salesforce-field-permission",
      pattern: /无法创建\s*[/／]\s*更新字段/,
      source: ADOBE_ZH,
    },
  ],
  examples: [
    {
      message: "您正在创建重复记录。 我们建议您改用现有记录。",
      type: "salesforce-duplicate-rule",
      source: ADOBE_ZH,
    },
    {
      message: "发现重复值： Email_Unique__c重复记录ID为123、记录ID为456的值",
      type: "restricted-unique-value",
      source: ADOBE_ZH,
    },
    {
      message: "值不存在或与筛选条件不匹配。 请选择角色为“Account Executive， Inside Sales”的用户",
      type: "invalid-value",
      source: ADOBE_ZH,
    },
    {
      message:
        "该国家/地区存在问题，即使它看起来可能正确也是如此。 请从有效国家/地区列表中选择一个国家/地区。国家/地区",
      type: "mismatched-state-or-country-value",
      source: ADOBE_ZH,
    },
    {
      message: "已将非活动用户[1234]作为联系人的所有者执行的操作",
      type: "inactive-salesforce-owner",
      source: ADOBE_ZH,
    },
    {
      message:
        "无法创建/更新字段： bizible2__UniqueId__c。 请检查此字段的安全设置，并验证是否为配置文件或权限集的读/写。",
      type: "salesforce-field-permission",
      source: ADOBE_ZH,
    },
    {
      message: "交叉引用ID的访问权限不足：0123456",
      type: "insufficient-access-or-missing-salesforce-record",
      source: ADOBE_ZH,
    },
    {
      message: "受限选取列表字段的值不正确：未知",
      type: "restricted-picklist-value",
      source: ADOBE_ZH,
    },
    {
      message: "必填字段缺失：[Product_Type__c]",
      type: "missing-required-value",
      source: ADOBE_ZH,
    },
  ],
});

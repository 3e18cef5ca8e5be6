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

/** Japanese: Salesforce's own wording, as quoted from Japanese orgs and Salesforce's Japanese help. */
export default defineLanguage({
  code: "ja",
  name: "Japanese",
  wordings: [
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
  ],
  examples: [
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
  ],
});

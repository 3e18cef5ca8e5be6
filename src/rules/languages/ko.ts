import { defineLanguage } from "./types.js";

// Salesforce's Korean knowledge article on the restricted-picklist error, quoted in full by a
// Korean admin's post: the message reads '제한된 선택 목록 필드의 잘못된 값: PicklistValue'.
const RESTRICTED_PICKLIST_ARTICLE = "https://aboutw3.tistory.com/8348";

/** Korean: Salesforce's own wording, as its Korean help quotes it. */
export default defineLanguage({
  code: "ko",
  name: "Korean",
  wordings: [
    {
      // "bad value for restricted picklist field". Hangul: plain substring, no \b.
      type: "restricted-picklist-value",
      pattern: /제한된\s*선택\s*목록\s*필드의\s*잘못된\s*값/,
      source: RESTRICTED_PICKLIST_ARTICLE,
    },
  ],
  examples: [
    {
      message: "제한된 선택 목록 필드의 잘못된 값: PicklistValue",
      type: "restricted-picklist-value",
      source: RESTRICTED_PICKLIST_ARTICLE,
    },
  ],
});

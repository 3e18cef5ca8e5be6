/**
 * Every rule's message templates, keyed by rule id. The templates follow each rule's
 * `examples.matches` wording and substitute what differs per record (fields, values, ids, max
 * lengths), so a generated message classifies as its rule does. message-templates.test.ts fails
 * when a rule has no templates or a key names no rule.
 */
import { ACCESS_TEMPLATES } from "./access-templates.js";
import { ADDRESS_TEMPLATES } from "./address-templates.js";
import { CUSTOM_CODE_TEMPLATES } from "./custom-code-templates.js";
import { DUPLICATE_TEMPLATES } from "./duplicate-templates.js";
import { MAPPING_TEMPLATES } from "./mapping-templates.js";
import type { MessageTemplate } from "./message-template.js";
import { OWNER_AND_STAGE_TEMPLATES } from "./owner-and-stage-templates.js";
import { PICKLIST_TEMPLATES } from "./picklist-templates.js";
import { PROPERTY_VALUE_TEMPLATES } from "./property-value-templates.js";

/** Message templates by rule id. */
export const MESSAGE_TEMPLATES: Readonly<Record<string, readonly MessageTemplate[]>> = {
  ...ACCESS_TEMPLATES,
  ...ADDRESS_TEMPLATES,
  ...CUSTOM_CODE_TEMPLATES,
  ...DUPLICATE_TEMPLATES,
  ...MAPPING_TEMPLATES,
  ...OWNER_AND_STAGE_TEMPLATES,
  ...PICKLIST_TEMPLATES,
  ...PROPERTY_VALUE_TEMPLATES,
};

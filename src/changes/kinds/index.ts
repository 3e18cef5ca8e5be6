import type { ChangeRule } from "../change.js";
import { fieldNoLongerCreateable, fieldNoLongerUpdateable } from "./field-access.js";
import { fieldLengthened, fieldShortened } from "./field-length.js";
import { optionHidden, optionRemoved } from "./options.js";
import {
  picklistBecameRestricted,
  picklistValueAdded,
  picklistValueDeactivated,
  picklistValueRemoved,
} from "./picklist-values.js";
import { pipelineStageRemoved } from "./pipeline-stages.js";
import { hubspotPropertyRemoved, salesforceFieldRemoved } from "./removed.js";
import { fieldBecameRequired, fieldNoLongerRequired } from "./required.js";
import { hubspotTypeChanged, salesforceTypeChanged } from "./type-changed.js";

/** Every check the diff runs. Adding a kind: a name in `CHANGE_KINDS`, a rule in a file, a line here. */
export const CHANGE_RULES: readonly ChangeRule[] = [
  picklistValueAdded,
  picklistValueDeactivated,
  picklistValueRemoved,
  picklistBecameRestricted,
  fieldShortened,
  fieldLengthened,
  fieldBecameRequired,
  fieldNoLongerRequired,
  fieldNoLongerCreateable,
  fieldNoLongerUpdateable,
  salesforceFieldRemoved,
  hubspotPropertyRemoved,
  salesforceTypeChanged,
  hubspotTypeChanged,
  optionRemoved,
  optionHidden,
  pipelineStageRemoved,
];

/** Reading what the app posted to a response_url, for tests. */
import type { SandboxResponse } from "../../src/sandbox/slack/sandbox.js";

/** The parts of a response_url body the tests look at. */
export interface ResponseBody {
  response_type?: string;
  replace_original?: boolean;
  text: string;
  blocks: Array<{
    type: string;
    text?: { text: string };
    elements?: Array<{ action_id?: string; value?: string; text?: { text: string } }>;
  }>;
}

/** The body of a response_url post. */
export const bodyOf = (response: SandboxResponse): ResponseBody => response.body as ResponseBody;

/** What local mode says first: where you are, why, how to get out of it, and what to try. */
export function banner(
  userId: string,
  color: boolean,
  demoErrors: number,
  configSource?: string,
): string {
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text);
  return [
    bold("syncerror · local mode"),
    "No SLACK_BOT_TOKEN is set, so the bot runs here in your terminal, against a built-in Slack",
    "sandbox, through the same code that answers in Slack. To connect a real workspace, see",
    'README.md, "Connect to Slack".',
    ...(configSource ? [`Configuration read from ${configSource}.`] : []),
    `Demo data: ${demoErrors.toLocaleString("en")} open sync errors from the last two weeks, in a throwaway store.`,
    "",
    "Try:",
    "  /syncerror explain Type mismatch",
    "  /syncerror explain tpye mismatch       (typos are fine)",
    "  /syncerror explain ugyldig e-mail      (Danish names too)",
    "  /syncerror explain STRING_TOO_LONG: Last Name: data value too large (max length=80)",
    "  /syncerror list",
    "  /syncerror status",
    "  /syncerror resync Invalid email        (runs against built-in HubSpot and Salesforce sandboxes)",
    "  /syncerror scan                        (finds the problems planted in those sandboxes)",
    "  /syncerror import path/to/export.csv   (as if you dropped the file in the channel)",
    "Buttons show as [1] Share in channel: type the number to click one.",
    `You are ${userId} (start with --user <id> to be someone else). help for help, quit to leave.`,
  ].join("\n");
}

import { describe, expect, it } from "vitest";
import { englishWordsIn } from "../test/english-words.js";
import { sayUserText } from "./errors.js";
import { fileProblem } from "./file-problem.js";
import { translator } from "./i18n/translator.js";

const en = translator("en");
const da = translator("da");
const CODES = ["ENOENT", "EISDIR", "EEXIST", "ENOTDIR", "EACCES", "EPERM", "ENOSPC", "EROFS"];

describe("fileProblem", () => {
  it("says what went wrong with a path in plain English, never an errno code", () => {
    expect(sayUserText(fileProblem("a.csv", "read", "ENOENT"), en)).toBe("There is no file a.csv.");
    expect(sayUserText(fileProblem("out/a.csv", "write", "ENOENT"), en)).toBe(
      "Cannot write out/a.csv: its folder does not exist.",
    );
    expect(sayUserText(fileProblem("a", "read", "EPERM"), en)).toBe(
      "Cannot read a: permission denied.",
    );
    const odd = Object.assign(new Error("odd"), { code: "EIO" });
    expect(sayUserText(fileProblem("a", "read", odd), en)).toBe("Cannot read a (EIO).");
  });

  it("says the same in Danish, with no English left", () => {
    expect(sayUserText(fileProblem("a.csv", "read", "ENOENT"), da)).toBe("Der er ingen fil a.csv.");
    for (const code of CODES)
      for (const action of ["read", "write"] as const) {
        const text = sayUserText(fileProblem("sti", action, code), da);
        expect(text).not.toBe(sayUserText(fileProblem("sti", action, code), en));
        expect(englishWordsIn(text, [])).toEqual([]);
      }
  });
});

import { describe, expect, it } from "vitest";
import { formDataToObject, formValue } from "./form-data";

describe("form fields of a server action's argument", () => {
  it("reads a form, repeated names as arrays, without Next's own fields", () => {
    const form = new FormData();
    form.append("name", "Atelier");
    form.append("sectors", "a");
    form.append("sectors", "b");
    form.append("$ACTION_ID_1", "");
    expect(formDataToObject(form)).toEqual({ name: "Atelier", sectors: ["a", "b"] });
    expect(formValue(form, "name")).toBe("Atelier");
  });

  it("reads anything a caller sends instead of a form as a form with no fields", () => {
    // Server actions are public endpoints: a script can pass them any arguments.
    for (const notAForm of [undefined, null, 12, "name=A", { name: "A" }, [["name", "A"]]]) {
      expect(formDataToObject(notAForm)).toEqual({});
      expect(formValue(notAForm, "name")).toBeNull();
    }
  });
});

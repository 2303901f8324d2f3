import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signInAs } from "./support";

test.use({ locale: "en-GB" });

test("an admin invites a facilitator, who sets a password and signs in; deactivated, they cannot", async ({
  browser,
}) => {
  // Two people, two sign-ins and five axe scans: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const email = `invited-${Date.now()}@wisefocus.example`;
  const password = "a long passphrase for tests";
  const adminContext = await browser.newContext({ locale: "en-GB" });
  const admin = await adminContext.newPage();
  await signInAs(admin, "ADMIN");

  await admin.getByRole("link", { name: "Users", exact: true }).click();
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "New user" }).click();
  await admin.getByLabel("Full name").fill("Ioana Invitată");
  await admin.getByLabel("E-mail address").fill(email);
  await admin.getByLabel("Role").selectOption({ label: "Facilitator" });
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText("The user was created.")).toBeVisible();
  const link = await admin.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);

  const guestContext = await browser.newContext({ locale: "en-GB" });
  const guest = await guestContext.newPage();
  await guest.goto(link);
  await expect(guest.getByText(/Welcome, Ioana Invitată/)).toBeVisible();
  await expectAccessible(guest);
  await guest.getByLabel("New password").fill(password);
  await guest.getByLabel("Repeat the password").fill("something else entirely");
  await guest.getByRole("button", { name: "Set password" }).click();
  await expect(guest.getByText("The two passwords are not the same.")).toBeVisible();
  await guest.getByLabel("New password").fill(password);
  await guest.getByLabel("Repeat the password").fill(password);
  await guest.getByRole("button", { name: "Set password" }).click();
  await expect(guest.getByText("Your password is set.")).toBeVisible();
  await signIn(guest, { email, password });
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ioana Invitată");
  await guest.goto(link);
  await expect(guest.getByText(/does not work any more/)).toBeVisible();

  await admin.goto("/admin/users");
  await admin.getByLabel("Name or e-mail").fill(email);
  await admin.getByRole("button", { name: "Filter" }).click();
  await admin.getByRole("link", { name: "Ioana Invitată" }).click();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Deactivate account" }).click();
  await expect(admin.getByRole("button", { name: "Reactivate account" })).toBeVisible();

  // The open session of a deactivated user stops working at once, not when the cookie expires.
  await guest.goto("/");
  await expect(guest).toHaveURL(/\/sign-in/);
  await guest.getByLabel("E-mail address").fill(email);
  await guest.getByLabel("Password").fill(password);
  await guest.getByRole("button", { name: "Sign in" }).click();
  await expect(guest.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "The e-mail address or the password is not right.",
  );

  await adminContext.close();
  await guestContext.close();
});

test("an admin adds a partner organisation; a duplicate is refused next to the field", async ({
  page,
}) => {
  const name = `Rețeaua ${Date.now()}`;
  await signInAs(page, "ADMIN");
  await page.goto("/admin/organisations");
  await expect(page.getByRole("cell", { name: "RISE Romania" })).toBeVisible();
  await page.getByLabel("Organisation name").fill(name);
  await page.getByLabel("Country").selectOption({ label: "Romania" });
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("cell", { name })).toBeVisible();
  await page.getByLabel("Organisation name").fill("RISE Romania");
  await page.getByLabel("Country").selectOption({ label: "Romania" });
  await page.getByRole("button", { name: "Add organisation" }).click();
  const nameField = page.getByLabel("Organisation name");
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(
    "This country already has an organisation with this name.",
  );
  await expect(nameField).toHaveValue("RISE Romania");
  await expectAccessible(page);
});

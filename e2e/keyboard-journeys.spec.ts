import { expect, test } from './support/fixtures.ts';
import { expectVisibleFocus, tabTo } from './support/keyboard.ts';

const ARN = 'arn:aws:kms:us-east-1:123456789012:key/mrk-00112233445566778899aabbccddeeff';

test('keyboard only: register, edit and delete a key provider', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeVisible();

  await test.step('register', async () => {
    const register = page.getByRole('link', { name: 'Register a key' });
    await tabTo(page, register);
    await expectVisibleFocus(register);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('textbox', { name: 'Name' }));
    await page.keyboard.type('Keyboard key');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'KMS key ARN or alias ARN' })).toBeFocused();
    await page.keyboard.type(ARN);
    await tabTo(page, page.getByRole('textbox', { name: 'Description' }));
    await page.keyboard.type('Typed without a mouse');
    const submit = page.getByRole('button', { name: 'Register key' });
    await tabTo(page, submit);
    await expectVisibleFocus(submit);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard key' })).toBeVisible();
    // The outcome notification can be dismissed by name (the theme names every close button).
    await expect(page.getByRole('button', { name: 'Dismiss notification' }).first()).toBeVisible();
  });

  await test.step('edit', async () => {
    const edit = page.getByRole('link', { name: 'Edit name and description' });
    await tabTo(page, edit);
    await expectVisibleFocus(edit);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit Keyboard key' });
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Keyboard key EU');
    await tabTo(page, dialog.getByRole('button', { name: 'Save changes' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Keyboard key EU' })).toBeVisible();
    await expect(edit).toBeFocused();
  });

  await test.step('delete', async () => {
    await tabTo(page, page.getByRole('link', { name: 'Delete' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete Keyboard key EU?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await tabTo(page, dialog.getByRole('textbox', { name: /Type the name/ }), { backwards: true });
    await page.keyboard.type('Keyboard key EU');
    await tabTo(page, dialog.getByRole('button', { name: 'Delete key provider' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Key providers' })).toBeFocused();
    await expect(page.getByRole('row', { name: /Keyboard key/ })).toHaveCount(0);
  });
});

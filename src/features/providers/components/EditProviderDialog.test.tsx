import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { useSimulatedTenant } from '../../../testing/test-server.ts';
import { aKeyProvider } from '../../../testing/test-key-provider.ts';
import { EditProviderDialog } from './EditProviderDialog.tsx';

// Mantine's autosize Textarea listens to document.fonts, which jsdom lacks.
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: () => undefined, removeEventListener: () => undefined },
});

describe('EditProviderDialog', () => {
  it('refuses an emptied name with the register form’s message, keeping the description', async () => {
    useSimulatedTenant('default');
    const user = userEvent.setup();
    renderWithProviders(
      <EditProviderDialog
        provider={aKeyProvider({ name: 'Finance', description: 'old' })}
        opened
        onClose={() => undefined}
      />,
    );
    const description = screen.getByRole('textbox', { name: 'Description' });
    await user.type(description, ' and new');
    await user.clear(screen.getByRole('textbox', { name: /Name/ }));

    expect(screen.getByText('Enter a name, e.g. “Production key”.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription(
      /Enter a name/,
    );
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    expect(description).toHaveValue('old and new');

    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Payroll');
    expect(screen.queryByText(/Enter a name/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  });
});

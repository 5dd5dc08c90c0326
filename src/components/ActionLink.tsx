import { Button } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface ActionLinkProps {
  to: string;
  disabled: boolean;
  describedBy?: string;
  icon: Icon;
  color?: string;
  children: ReactNode;
}

/** A button-looking link that becomes a real disabled button (a link cannot be disabled). */
export function ActionLink({
  to,
  disabled,
  describedBy,
  icon: IconComponent,
  color,
  children,
}: ActionLinkProps) {
  const common = {
    variant: color ? 'outline' : 'default',
    color,
    'aria-describedby': describedBy,
    leftSection: <IconComponent size={16} aria-hidden />,
  } as const;
  return disabled ? (
    <Button {...common} disabled>
      {children}
    </Button>
  ) : (
    <Button {...common} component={Link} to={to}>
      {children}
    </Button>
  );
}

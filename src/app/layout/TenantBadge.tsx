import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { consoleInfoQuery, tenantLabel } from '../../api/console-info.ts';

export function TenantBadge() {
  const { data } = useQuery(consoleInfoQuery);
  const simulated = data?.mode !== 'tenant';
  const label = data?.tenant ? data.tenant.name : tenantLabel(data);
  return (
    <Badge
      size="lg"
      variant={simulated ? 'outline' : 'light'}
      color={simulated ? 'grape' : 'blue'}
      style={{ textTransform: 'none' }}
      title={
        simulated
          ? 'Built-in simulated tenant: nothing here touches Qlik Cloud'
          : `Connected to ${tenantLabel(data)}`
      }
      aria-label={
        data?.tenant
          ? `Tenant ${data.tenant.name}${simulated ? ' (simulated)' : ''}`
          : simulated
            ? 'Simulated tenant'
            : `Tenant ${label}`
      }
    >
      {label}
      {data?.readOnly ? ' · read-only' : ''}
    </Badge>
  );
}

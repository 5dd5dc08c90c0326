import { Alert, Button, Text } from '@mantine/core';
import { notify } from '../../../components/notify.ts';
import { IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import type { KeyProvider } from '../../../api/model.ts';
import { ActionWithReason } from '../../../components/ActionWithReason.tsx';
import { CopyCurlButton } from '../../../components/CopyCurlButton.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { curlRequests } from '../lib/curl-requests.ts';
import { useCurl } from '../lib/use-curl.ts';
import { useValidateProvider } from '../../../api/validate-provider.ts';
import {
  passedValidation,
  useLastValidation,
  type Validation,
} from '../../../api/validation-log.ts';
import { ComplianceProblems } from './ComplianceProblems.tsx';
import { formatTime } from '../../../lib/format-date.ts';

function ValidationOutcome({ validation }: { validation: Validation }) {
  const { provider, at } = validation;
  if (passedValidation(provider)) {
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        title="The key passed validation"
        styles={{ title: { color: 'var(--mantine-color-text)' } }}
      >
        <Text size="sm">
          Qlik Cloud can use this key
          {provider.drCompliant ? ', including its disaster-recovery replica' : ''}. Validated at{' '}
          {formatTime(at)} in this session.
        </Text>
      </Alert>
    );
  }
  return (
    <>
      <Text size="sm" fw={600}>
        The key did not pass validation (at {formatTime(at)} in this session).
      </Text>
      <ComplianceProblems problems={provider.complianceProblems} />
    </>
  );
}

export function ValidateAction({
  provider,
  reason,
}: {
  provider: KeyProvider;
  reason: string | null;
}) {
  const test = useValidateProvider(provider.fingerprint);
  const validation = useLastValidation(provider.fingerprint);
  const curl = useCurl(curlRequests.test(provider.fingerprint));
  const validate = () => {
    test.mutate(undefined, {
      onSuccess: (result) => {
        notify({
          color: passedValidation(result) ? 'green' : 'orange',
          title: passedValidation(result) ? 'Validation passed' : 'Validation found problems',
          message: `${result.name}: ${passedValidation(result) ? 'Qlik Cloud can use the key.' : 'see the problems on the page.'}`,
        });
      },
    });
  };
  return (
    <>
      <ActionWithReason
        reason={reason}
        description={
          validation
            ? `Last validated at ${formatTime(validation.at)} in this session.`
            : 'Checks that Qlik Cloud can use the key in every region it needs. Not validated in this session yet.'
        }
        control={({ disabled, describedBy }) => (
          <Button
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            onClick={validate}
            loading={test.isPending}
            disabled={disabled}
            aria-describedby={describedBy}
          >
            Validate
          </Button>
        )}
        extra={!reason && <CopyCurlButton command={curl} label="Copy validate as cURL" />}
      />
      {test.isError && <ErrorAlert error={test.error} />}
      {validation && !test.isPending && <ValidationOutcome validation={validation} />}
    </>
  );
}

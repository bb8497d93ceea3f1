import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { toIssues } from '../../../shared/contract/zod-issues';
import { errorIssues, errorText, issuesByField } from '../api/errors';

/**
 * A form's submit: check with the same schema main uses (most mistakes never make a round trip),
 * then send; main's own refusals land beside their fields, anything else as one form message.
 */
export function useValidatedSubmit<S extends z.ZodType>(schema: S, send: (parsed: z.output<S>) => Promise<unknown>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent, values: unknown) {
    event.preventDefault();
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(t, toIssues(parsed.error)));
      return;
    }
    setBusy(true);
    try {
      await send(parsed.data);
    } catch (error) {
      const issues = errorIssues(error);
      setErrors(issuesByField(t, issues));
      setFormError(issues.length ? '' : errorText(t, error));
    } finally {
      setBusy(false);
    }
  }

  /** Forgets the message of a field the user is changing. */
  const clearError = (name: string) => setErrors(({ [name]: _removed, ...rest }) => rest);

  return { errors, formError, busy, submit, clearError };
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateNumeric, parseDateInput } from '../../../shared/format/dates';
import { Field } from './field';

interface DateFieldProps {
  label: string;
  /** An ISO date (YYYY-MM-DD), '' when empty, or the typed text while it is not a date. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  name?: string;
  /** The earliest and latest ISO date accepted (main checks them too). */
  min?: string | undefined;
  max?: string | undefined;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date typed day first (21/08/2024) in both languages, whatever the laptop's locale: Chromium's
 * own date input follows the operating system and shows mm/dd/yyyy on an English Windows.
 * The form keeps the ISO date; text that is not a date is passed on as typed, so the form's
 * schema refuses it, and this field says why once the user leaves it.
 */
export function DateField({ label, value, onChange, error, required, name, min, max }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const shown = (v: string) => (ISO.test(v) ? formatDateNumeric(v, lang) : v);
  // What the user typed, the value it was typed against, and the value it gave the form: a new
  // value from outside (a reset, a loaded record) replaces the text; the field's own echo does not.
  const [state, setState] = useState({ text: shown(value), seen: value, emitted: value });
  const [touched, setTouched] = useState(false);
  if (value !== state.seen) setState({ text: value === state.emitted ? state.text : shown(value), seen: value, emitted: value });

  const change = (text: string) => {
    const next = text.trim() === '' ? '' : (parseDateInput(text) ?? text);
    setState({ text, seen: state.seen, emitted: next });
    onChange(next);
  };
  const blur = () => {
    setTouched(true);
    const iso = parseDateInput(state.text);
    if (iso) setState({ ...state, text: formatDateNumeric(iso, lang) });
  };

  const iso = parseDateInput(state.text);
  const unreadable = state.text.trim() !== '' && !iso;
  const range =
    iso && min && iso < min ? t('dateField.min', { date: formatDateNumeric(min, lang) })
      : iso && max && iso > max ? t('dateField.max', { date: formatDateNumeric(max, lang) })
        : undefined;
  // Unreadable text is named here (the schema only knows ISO dates); for a date out of range the
  // form's own message, when there is one, says more ("not before the verification").
  const message = unreadable && (touched || error) ? t('dateField.invalid') : (error ?? (touched ? range : undefined));

  return (
    <Field label={label} error={message} hint={t('dateField.pattern')} required={!!required}>
      {(p) => (
        <input
          {...p}
          className="date-field"
          name={name}
          type="text"
          autoComplete="off"
          value={state.text}
          onChange={(e) => change(e.target.value)}
          onBlur={blur}
        />
      )}
    </Field>
  );
}

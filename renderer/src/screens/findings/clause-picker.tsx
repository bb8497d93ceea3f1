import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAUSES, clauseLabel, searchClauses, titleOf } from '../../../../shared/iso/clauses';

interface ClausePickerProps {
  /** The clause number, or whatever was typed (the schema then says it is unknown). */
  value: string;
  onChange: (value: string) => void;
  /** From <Field>: id, aria-invalid, aria-describedby. */
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
}

const KNOWN = new Set(CLAUSES.map((c) => c.id));
/** "8.5.1 Pengendalian …" (a label typed or left in the box) means 8.5.1. */
function clauseOf(text: string): string {
  const first = text.trim().split(/\s+/)[0] ?? '';
  return KNOWN.has(first) ? first : text.trim();
}

/**
 * A searchable combobox over ISO 9001:2015 clauses 4.1 to 10.3 (WAI-ARIA combobox pattern):
 * type a number or a word of a title in either language, arrows to move, Enter to pick.
 */
export function ClausePicker({ value, onChange, inputProps }: ClausePickerProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchClauses(query ?? ''), [query]);
  const shown = query ?? (KNOWN.has(value) ? clauseLabel(value, lang) : value);

  function pick(id: string) {
    onChange(id);
    setQuery(null);
    setOpen(false);
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (e.key === 'Enter' && open && matches[active]) {
      e.preventDefault(); // picks the clause instead of submitting the form
      pick(matches[active].id);
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <div className="clause-picker">
      <input
        {...inputProps}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        placeholder={t('findings.clausePicker.placeholder')}
        value={shown}
        onFocus={(e) => e.target.select()}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          onChange(clauseOf(e.target.value));
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
      />
      {open && (
        <ul className="clause-picker__list" id={listId} role="listbox" aria-label={t('findings.clausePicker.options')}>
          {matches.length === 0 && <li className="clause-picker__empty">{t('findings.clausePicker.noMatch')}</li>}
          {matches.map((c, i) => (
            <li
              key={c.id}
              id={`${listId}-${c.id}`}
              role="option"
              aria-selected={i === active}
              className={`clause-picker__option clause-picker__depth-${c.depth}`}
              // mousedown, not click: the input must not lose focus (and close the list) first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c.id);
              }}
            >
              <span className="clause-picker__id">{c.id}</span>
              <span>{titleOf(c.id, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

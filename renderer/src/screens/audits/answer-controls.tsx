import { useTranslation } from 'react-i18next';
import type { GroupRespondents } from '../../../../shared/domain/audit';
import type { TemplateGroup, TemplateItem } from '../../../../shared/methodology/template-schema';
import type { SlotAnswer } from '../../../../shared/scoring';
import { answerText, scaleValues, slotLabel, useLocalized } from './audit-text';

interface SlotProps {
  item: TemplateItem;
  group: TemplateGroup;
  respondents: GroupRespondents | undefined;
  values: readonly SlotAnswer[];
  slots: number;
  /** The slot the keyboard is on, or -1 when this item is not the current one. */
  currentSlot: number;
  readOnly: boolean;
  onAnswer: (slot: number, value: SlotAnswer) => void;
  onSelect: (slot: number) => void;
}

/** How full an answer is, for its colour: top of the scale, partial, zero, N/A, or empty. */
function answerTone(value: SlotAnswer | undefined, top: number): string {
  if (value === null || value === undefined) return 'empty';
  if (value === 'na') return 'na';
  return value >= top ? 'full' : value === 0 ? 'zero' : 'part';
}

/**
 * One button group per respondent or product: the values of the item's scale as radio buttons.
 * Clicking the chosen value again clears it, like Delete on the keyboard. Sealed, the buttons are
 * only aria-disabled: a click still reaches onAnswer, which says why nothing changes.
 */
export function SlotAnswers({ item, group, respondents, values, slots, currentSlot, readOnly, onAnswer, onSelect }: SlotProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const top = item.scale === 'yesno' ? 1 : 3;
  return (
    <div className="slots">
      {Array.from({ length: slots }, (_, slot) => {
        const label = slotLabel(group, respondents, slot, loc);
        const value = values[slot] ?? null;
        return (
          <div key={slot} className={`slot${slot === currentSlot ? ' slot--current' : ''}`} role="radiogroup" aria-label={label} onClick={() => onSelect(slot)}>
            <span className="slot__label" title={label}>{label}</span>
            <span className="slot__values">
              {scaleValues(item.scale).map((v) => (
                <button
                  key={v}
                  type="button"
                  role="radio"
                  aria-checked={value === v}
                  className={`answer answer--${answerTone(v, top)}${value === v ? ' answer--on' : ''}`}
                  aria-disabled={readOnly || undefined}
                  onClick={(e) => {
                    e.stopPropagation();
                    onSelect(slot);
                    onAnswer(slot, value === v ? null : v);
                  }}
                >
                  {answerText(t, item.scale, v)}
                </button>
              ))}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** The compact form for items that are not open: one chip per slot with its answer, the cursor's outlined. */
export function SlotChips({ item, group, respondents, values, slots, currentSlot, onSelect }: Pick<SlotProps, 'item' | 'group' | 'respondents' | 'values' | 'slots' | 'currentSlot' | 'onSelect'>) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const top = item.scale === 'yesno' ? 1 : 3;
  return (
    <span className="chips">
      {Array.from({ length: slots }, (_, slot) => {
        const label = slotLabel(group, respondents, slot, loc);
        const text = answerText(t, item.scale, values[slot]);
        return (
          <button
            key={slot}
            type="button"
            tabIndex={-1}
            className={`chip chip--${answerTone(values[slot], top)}${slot === currentSlot ? ' chip--current' : ''}`}
            aria-label={`${label}: ${text}`}
            title={label}
            onClick={(e) => {
              e.stopPropagation();
              onSelect(slot);
            }}
          >
            {text}
          </button>
        );
      })}
    </span>
  );
}

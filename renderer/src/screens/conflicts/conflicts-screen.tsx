import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../../shared/contract/packages';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { errorText } from '../../api/errors';
import { useApi, useApiMutation } from '../../api/queries';
import { EmptyState } from '../../components/empty-state';
import { useNotice } from '../../components/notice';
import { href } from '../../shell/router';
import { useLocalized } from '../audits/audit-text';
import { ConflictCard } from './conflict-card';
import { choicesForPerson, conflictsByGroup, ordered, peopleOf, type Choice, type Take } from './conflict-choices';
import './conflicts.css';

/** What a merge left for the lead to decide, per value, per dimension, or per person; the audit can be sealed once none are left. */
export function ConflictsScreen({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const detail = useApi('audits.get', { auditId });
  const conflicts = useApi('audits.conflicts', { auditId });
  const error = detail.error ?? conflicts.error;
  if (error) return <section className="screen"><p role="alert">{errorText(t, error)}</p></section>;
  if (!detail.data || !conflicts.data) return <section className="screen"><p>{t('app.loading')}</p></section>;
  return <Conflicts detail={detail.data} views={conflicts.data} />;
}

function Conflicts({ detail, views }: { detail: AuditDetail; views: ConflictView[] }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const notice = useNotice();
  const resolve = useApiMutation('audits.resolveConflicts', ['audits']);
  const { audit, template } = detail;
  const back = <a className="button" href={href('audits', audit.id)}>{t('packages.conflicts.back')}</a>;

  async function settle(choices: Choice[]) {
    if (choices.length === 0) return;
    try {
      const next = await resolve.mutateAsync({ auditId: audit.id, choices });
      notice(t('packages.conflicts.resolved', { count: choices.length, left: next.audit.conflicts }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }
  const all = (list: ConflictView[], take: Take) => ordered(list.map((v) => ({ key: v.key, take })), views);
  const people = peopleOf(views);
  const groups = conflictsByGroup(template, views);

  return (
    <section className="screen conflicts-screen">
      <header className="screen__header">
        <div>
          <a className="back-link" href={href('audits', audit.id)}>← {audit.unit.name} · {audit.period.year}</a>
          <h1>{t('packages.conflicts.title')}</h1>
          <p className="screen__subtitle">{views.length ? t('packages.conflicts.subtitle', { count: views.length }) : t('packages.conflicts.noneLeft')}</p>
        </div>
        {back}
      </header>
      {views.length === 0 ? (
        <EmptyState title={t('packages.conflicts.doneTitle')} hint={t('packages.conflicts.doneHint')} action={back} />
      ) : (
        <>
          {people.length > 0 && (
            <div className="panel conflicts-people" role="group" aria-label={t('packages.conflicts.byPerson')}>
              <span className="conflicts-people__label">{t('packages.conflicts.byPerson')}</span>
              {people.map((person) => {
                const choices = choicesForPerson(template, views, person);
                return (
                  <button key={person} type="button" className="button button--small" disabled={resolve.isPending} onClick={() => void settle(choices)}>
                    {t('packages.conflicts.takePerson', { person, count: choices.filter((c) => views.find((v) => v.key === c.key)?.conflict.kind !== 'respondents').length })}
                  </button>
                );
              })}
            </div>
          )}
          {groups.map(({ group, views: inGroup }) => (
            <section key={group.id} className="conflicts-group" aria-labelledby={`conflicts-${group.id}`}>
              <div className="conflicts-group__head">
                <h2 id={`conflicts-${group.id}`}>{loc(group.label)} <span className="badge badge--yellow">{t('packages.outcome.conflicts', { count: inGroup.length })}</span></h2>
                <span className="button-row">
                  <button type="button" className="button button--small" disabled={resolve.isPending} onClick={() => void settle(all(inGroup, 'local'))}
                    aria-label={t('packages.conflicts.groupLocalNamed', { group: loc(group.label) })}>{t('packages.conflicts.groupLocal')}</button>
                  <button type="button" className="button button--small" disabled={resolve.isPending} onClick={() => void settle(all(inGroup, 'incoming'))}
                    aria-label={t('packages.conflicts.groupIncomingNamed', { group: loc(group.label) })}>{t('packages.conflicts.groupIncoming')}</button>
                </span>
              </div>
              {inGroup.map((v) => (
                <ConflictCard key={v.key} view={v} group={group} respondents={audit.respondents[group.id]} busy={resolve.isPending} onTake={(take) => void settle([{ key: v.key, take }])} />
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import {
  type CategoryField,
  checkCategoryData,
  type FieldInput,
} from '@/lib/kenar/category-fields';
import type { CategoryForm } from '@/lib/kenar/full-edit';
import type { KenarTextKey } from '@/lib/kenar/i18n';
import { KenarErrorNotice } from './KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from './kenar-env';

function FieldInputFor({
  field,
  value,
  onChange,
}: {
  field: CategoryField;
  value: FieldInput | undefined;
  onChange(v: FieldInput): void;
}) {
  const id = `field-${field.key}`;
  if (field.kind === 'boolean') {
    return (
      <label class="label" for={id}>
        <input
          id={id}
          type="checkbox"
          data-testid={id}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />{' '}
        {field.title}
      </label>
    );
  }
  return (
    <>
      <label class="label" for={id}>
        {field.title}
        {field.required ? ' *' : ''}
      </label>
      {field.kind === 'choice' ? (
        <select
          id={id}
          class="input"
          data-testid={id}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">—</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          class="input"
          data-testid={id}
          inputMode={field.kind === 'text' ? 'text' : 'numeric'}
          value={String(value ?? '')}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </>
  );
}

/** Full edit of an own post from its category's submit schema, checked before anything is sent. */
export function FullEdit({ token }: { token: string }) {
  const t = useKenarT();
  const send = useKenarSend();
  const [form, loadForm] = useTask<CategoryForm>();
  const [values, setValues] = useState<Record<string, FieldInput>>({});
  const [tried, setTried] = useState(false);
  const [save, runSave] = useTask<{ ok: true }>();
  const load = () =>
    loadForm(async () => {
      const loaded = await send<'kenarCategoryForm'>({ type: 'kenarCategoryForm', token });
      setValues(loaded.values);
      return loaded;
    });
  if (form.status !== 'done') {
    return (
      <div class="kenar-form" data-testid="kenar-full-edit">
        <h4 class="kenar-subtitle">{t('fullEdit')}</h4>
        {form.status === 'failed' ? <KenarErrorNotice error={form.error} /> : null}
        <button
          type="button"
          class="button button--small"
          data-testid="full-edit-load"
          disabled={form.status === 'busy'}
          onClick={() => void load()}
        >
          {t('fullEditLoad')}
        </button>
      </div>
    );
  }
  const problems = checkCategoryData(form.data.fields, values);
  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problems.length === 0)
      void runSave(() => send<'kenarEditFields'>({ type: 'kenarEditFields', token, values }));
  };
  return (
    <form class="kenar-form" data-testid="kenar-full-edit" onSubmit={submit} noValidate>
      <h4 class="kenar-subtitle">{t('fullEdit')}</h4>
      {form.data.fields.map((field) => {
        const problem = tried ? problems.find((p) => p.key === field.key) : undefined;
        return (
          <div key={field.key}>
            <FieldInputFor
              field={field}
              value={values[field.key]}
              onChange={(v) => setValues({ ...values, [field.key]: v })}
            />
            {problem ? (
              <p class="kenar-problem" role="alert" data-testid={`field-problem-${field.key}`}>
                {t(`fieldProblem.${problem.code}` as KenarTextKey)}
              </p>
            ) : null}
          </div>
        );
      })}
      <button
        type="submit"
        class="button"
        data-testid="full-edit-save"
        disabled={save.status === 'busy'}
      >
        {t('save')}
      </button>
      {save.status === 'done' ? (
        <p class="ok" data-testid="full-edit-saved">
          {t('saved')}
        </p>
      ) : null}
      {save.status === 'failed' ? <KenarErrorNotice error={save.error} /> : null}
    </form>
  );
}

import type {
  CategoryField,
  FieldProblem,
  FieldValue,
  FieldValues,
} from '@/lib/kenar/category-fields';
import { FieldProblemText } from './FieldProblemText';
import { useKenarT } from './kenar-env';
import { ScalarField } from './ScalarField';

/** Props of SchemaFields. */
export interface SchemaFieldsProps {
  fields: CategoryField[];
  values: FieldValues;
  onChange(values: FieldValues): void;
  /** Problems to show (already checked), by field path. */
  problems: FieldProblem[];
  /** The path of the object these fields belong to, with a trailing dot. */
  prefix?: string;
}

const asRecord = (value: FieldValue | undefined): FieldValues =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};

function ListField(props: {
  field: CategoryField;
  path: string;
  value: FieldValue | undefined;
  onChange(value: FieldValue): void;
  problems: FieldProblem[];
}) {
  const t = useKenarT();
  const { field, path, problems } = props;
  const item = field.item;
  const entries = Array.isArray(props.value) ? props.value : [];
  const full = field.limits?.maxItems !== undefined && entries.length >= field.limits.maxItems;
  const set = (i: number, value: FieldValue) =>
    props.onChange(entries.map((entry, j) => (j === i ? value : entry)));
  if (!item) return null;
  return (
    <fieldset class="kenar-group" data-testid={`field-${path}`}>
      <legend>
        {field.title}
        {field.required ? ' *' : ''}
      </legend>
      {entries.map((entry, i) => (
        <div class="kenar-entry" key={i} data-testid={`entry-${path}.${i}`}>
          {item.kind === 'object' ? (
            <SchemaFields
              fields={item.fields ?? []}
              values={asRecord(entry)}
              onChange={(v) => set(i, v)}
              problems={problems}
              prefix={`${path}.${i}.`}
            />
          ) : (
            <FieldRow
              field={item}
              path={`${path}.${i}`}
              title={t('list.entry', { n: i + 1 })}
              value={entry}
              onChange={(v) => set(i, v)}
              problems={problems}
            />
          )}
          <button
            type="button"
            class="button button--small button--secondary"
            data-testid={`remove-${path}.${i}`}
            onClick={() => props.onChange(entries.filter((_entry, j) => j !== i))}
          >
            {t('list.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="button button--small button--secondary"
        data-testid={`add-${path}`}
        disabled={full}
        onClick={() => props.onChange([...entries, item.kind === 'object' ? {} : ''])}
      >
        {t('list.add')}
      </button>
      <FieldProblemText problems={problems} path={path} />
    </fieldset>
  );
}

function FieldRow(props: {
  field: CategoryField;
  path: string;
  title?: string;
  value: FieldValue | undefined;
  onChange(value: FieldValue): void;
  problems: FieldProblem[];
}) {
  const { field, path, problems } = props;
  if (field.kind === 'list') return <ListField {...props} />;
  if (field.kind === 'object')
    return (
      <fieldset class="kenar-group" data-testid={`field-${path}`}>
        <legend>{props.title ?? field.title}</legend>
        <SchemaFields
          fields={field.fields ?? []}
          values={asRecord(props.value)}
          onChange={props.onChange}
          problems={problems}
          prefix={`${path}.`}
        />
        <FieldProblemText problems={problems} path={path} />
      </fieldset>
    );
  return (
    <div class="kenar-field">
      <ScalarField {...props} />
      <FieldProblemText problems={problems} path={path} />
    </div>
  );
}

/** The fields of a category's submit schema as a form: nested objects, lists and limits. */
export function SchemaFields({
  fields,
  values,
  onChange,
  problems,
  prefix = '',
}: SchemaFieldsProps) {
  return (
    <>
      {fields.map((field) => (
        <FieldRow
          key={field.key}
          field={field}
          path={`${prefix}${field.key}`}
          value={values[field.key]}
          onChange={(value) => onChange({ ...values, [field.key]: value })}
          problems={problems}
        />
      ))}
    </>
  );
}

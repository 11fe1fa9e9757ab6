/** A row of toggle buttons that filter a list by one value ("All" clears it); used by the glossary index and the timeline. */
import type {ReactNode} from 'react';
import styles from './styles.module.css';

export interface FilterButtonsProps<T extends string> {
  readonly label: string;
  readonly allLabel: ReactNode;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly value: T | undefined;
  readonly onChange: (value: T | undefined) => void;
}

export default function FilterButtons<T extends string>({label, allLabel, options, labels, value, onChange}: FilterButtonsProps<T>): ReactNode {
  return (
    <div className={styles.filters} role="group" aria-label={label}>
      <button type="button" className={styles.filter} aria-pressed={!value} onClick={() => onChange(undefined)}>
        {allLabel}
      </button>
      {options.map((option) => (
        <button key={option} type="button" className={styles.filter} aria-pressed={value === option} onClick={() => onChange(value === option ? undefined : option)}>
          {labels[option]}
        </button>
      ))}
    </div>
  );
}

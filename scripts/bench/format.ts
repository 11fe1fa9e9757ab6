/** The bench's table: one row per figure, today's value, the scaled copy's, and their ratio. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const secs = (s: number): string => `${s.toFixed(1)} s`;

export interface Row {
  readonly label: string;
  readonly today: string;
  readonly scaled?: string;
  /** scaled ÷ today, when both are numbers. */
  readonly ratio?: number;
}

export class Table {
  private readonly rows: (Row | string)[] = [];
  constructor(private readonly scaledHeading?: string) {}

  section(title: string): void {
    this.rows.push(title);
  }

  /** A figure in both sites, shown with `show`; the ratio is computed from the numbers. */
  add(label: string, today: number | undefined, scaled: number | undefined, show: (n: number) => string): void {
    const text = (n: number | undefined) => (n === undefined ? '–' : show(n));
    this.rows.push({label, today: text(today), scaled: this.scaledHeading ? text(scaled) : undefined, ratio: today && scaled !== undefined ? scaled / today : undefined});
  }

  note(label: string, today: string, scaled?: string): void {
    this.rows.push({label, today, scaled});
  }

  print(): void {
    const rows = this.rows.filter((r): r is Row => typeof r !== 'string');
    const w = [Math.max(...rows.map((r) => r.label.length)), Math.max(5, ...rows.map((r) => r.today.length)), Math.max(5, ...rows.map((r) => (r.scaled ?? '').length))];
    const line = (a: string, b: string, c?: string, d?: string) => console.log(`${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}${c === undefined ? '' : `  ${c.padStart(w[2]!)}`}${d ? `  ${d}` : ''}`);
    for (const row of this.rows) {
      if (typeof row === 'string') {
        console.log(`\n${row}`);
        line('', 'today', this.scaledHeading, this.scaledHeading ? 'ratio' : undefined);
      } else line(row.label, row.today, this.scaledHeading ? (row.scaled ?? '') : undefined, row.ratio === undefined ? undefined : `${row.ratio.toFixed(2)}×`);
    }
  }
}

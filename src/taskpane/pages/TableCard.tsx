import type { ReactNode } from 'react';
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { DetectedTable, Mapping } from '../../engine';
import { formatPct, formatPeriod } from '../format';
import type { SelectCells } from '../session/PaneOperations';
import { ROLE_LABELS, ROLE_OPTIONS, mappedRole, type ColumnRoleName } from './dataChoices';
import { SourceLink } from './SourceLink';

const ROLE_NAMES = {
  finance: 'Budget / actuals',
  kpi: 'KPIs',
  swot: 'SWOT',
  objectives: 'Objectives',
  unknown: 'Not understood',
} as const;

/** Props of {@link TableCard}. */
export interface TableCardProps {
  readonly table: DetectedTable;
  /** The mapping being confirmed: it holds the role of each column, the user's changes included. */
  readonly mapping: Mapping;
  readonly onRoleChange: (columnIndex: number, role: ColumnRoleName) => void;
  readonly onSelectCells: SelectCells;
}

const useStyles = makeStyles({
  // "100% sure" on one line: in a 350 px pane it wrapped inside the pill and spilled out of it.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

function periodsText(table: DetectedTable): string {
  if (table.periods.length === 0) return 'no months';
  const first = formatPeriod(table.periods[0]);
  const last = formatPeriod(table.periods[table.periods.length - 1]);
  return table.periods.length === 1 ? first : `${first} to ${last} (${table.periods.length} months)`;
}

/** One detected table: what we think it is and why, and a role per column the user can correct. */
export function TableCard({ table, mapping, onRoleChange, onSelectCells }: TableCardProps): ReactNode {
  const styles = useStyles();
  const confidence = table.confidence >= 0.8 ? 'success' : table.confidence >= 0.5 ? 'warning' : 'danger';
  const options = ROLE_OPTIONS[table.role];
  const [first] = table.range.split(':');
  return (
    <AccordionItem value={table.id}>
      <AccordionHeader>
        {table.tableName ?? `${table.sheet}!${table.range}`}: {ROLE_NAMES[table.role]}{' '}
        <Badge appearance="tint" color={confidence} className={styles.badge}>
          {formatPct(table.confidence).replace('.0', '')} sure
        </Badge>
      </AccordionHeader>
      <AccordionPanel>
        <Text as="p">
          {table.reason} Layout: {table.layout ?? 'not applicable'}; {periodsText(table)}; {table.rowsRead} rows read
          {table.scenarios.length > 0 ? `; scenarios: ${table.scenarios.join(', ')}` : ''}.{' '}
          <SourceLink refs={[{ sheet: table.sheet, cell: first }]} onSelectCells={onSelectCells}>
            Show in workbook
          </SourceLink>
        </Text>
        <Table size="extra-small" aria-label={`Columns of ${table.sheet}!${table.range}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Column</TableHeaderCell>
              <TableHeaderCell>Read as</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.columns.map((column) => {
              const role: string = mappedRole(mapping, table.id, column.index) ?? column.role;
              const choices: readonly string[] = (options as readonly string[]).includes(role)
                ? options
                : [role, ...options];
              const name = column.header || `column ${column.index + 1}`;
              return (
                <TableRow key={column.index}>
                  <TableCell>
                    {name}
                    {column.period
                      ? ` (${formatPeriod(column.period)}${column.scenario ? `, ${column.scenario}` : ''})`
                      : ''}
                  </TableCell>
                  <TableCell>
                    <Select
                      size="small"
                      aria-label={`Role of ${name}`}
                      value={role}
                      onChange={(_, data) => onRoleChange(column.index, data.value as ColumnRoleName)}
                    >
                      {choices.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r] ?? r}
                        </option>
                      ))}
                    </Select>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </AccordionPanel>
    </AccordionItem>
  );
}

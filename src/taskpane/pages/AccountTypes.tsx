import type { ReactNode } from 'react';
import {
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { AccountType } from '../../engine';
import type { SelectCells } from '../session/PaneOperations';
import type { DataSummary } from './dataChoices';
import { SourceLink } from './SourceLink';

/** Props of {@link AccountTypes}. */
export interface AccountTypesProps {
  readonly accounts: DataSummary['accounts'];
  /** The types the mapping gives, the user's changes included. */
  readonly types: Readonly<Record<string, AccountType>>;
  readonly onChange: (account: string, type: AccountType) => void;
  readonly onSelectCells: SelectCells;
}

/** Whether each account is revenue or expense (it decides which way a variance is favourable), correctable. */
export function AccountTypes({ accounts, types, onChange, onSelectCells }: AccountTypesProps): ReactNode {
  if (accounts.length === 0) return null;
  return (
    <Table size="extra-small" aria-label="Account types">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Account</TableHeaderCell>
          <TableHeaderCell>Type</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {accounts.map(({ account, type, source }) => (
          <TableRow key={account}>
            <TableCell>
              <SourceLink refs={[source]} onSelectCells={onSelectCells}>
                {account}
              </SourceLink>
            </TableCell>
            <TableCell>
              <Select
                size="small"
                aria-label={`Type of ${account}`}
                value={types[account] ?? type}
                onChange={(_, data) => onChange(account, data.value === 'revenue' ? 'revenue' : 'expense')}
              >
                <option value="revenue">Revenue</option>
                <option value="expense">Expense</option>
              </Select>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

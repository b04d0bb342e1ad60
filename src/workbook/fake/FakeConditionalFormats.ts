/** `Range.conditionalFormats` of the fake (ExcelApi 1.6): cell-value rules and data bars, recorded as data. */
import type { ExcelConditionalFormat, ExcelConditionalFormatCollection } from '../office/ExcelApi';
import { rectsIntersect, type ConditionalFormatState } from './BookState';
import type { RangeTarget } from './cellAccess';
import { invalidArgument, itemNotFound, readSet } from './FakeExcelError';
import type { FakeSession } from './FakeSession';

type Locate = () => RangeTarget | null;
type StateRef = { state: ConditionalFormatState | null };

/** A colour property: readable once set (as in Office.js), its assignment queued and recorded at sync. */
function colourSetter(session: FakeSession, path: string, ref: StateRef, key: 'fontColor' | 'fillColor' | 'barColor') {
  let local: string | undefined;
  return {
    get: () => readSet(local, 'color'),
    set: (value: string) => {
      local = value;
      session.enqueue({
        wire: { path, set: key, value },
        apply: () => {
          if (!ref.state) throw itemNotFound();
          ref.state[key] = value;
        },
      });
    },
  };
}

class FakeConditionalFormat implements ExcelConditionalFormat {
  readonly cellValue: ExcelConditionalFormat['cellValue'];
  readonly dataBar: ExcelConditionalFormat['dataBar'];

  constructor(session: FakeSession, path: string, ref: StateRef) {
    const font = colourSetter(session, `${path}.format.font`, ref, 'fontColor');
    const fill = colourSetter(session, `${path}.format.fill`, ref, 'fillColor');
    const bar = colourSetter(session, `${path}.positiveFormat`, ref, 'barColor');
    let rule: ExcelConditionalFormat['cellValue']['rule'] | undefined;
    this.cellValue = {
      format: {
        font: {
          get color() {
            return font.get();
          },
          set color(v: string) {
            font.set(v);
          },
        },
        fill: {
          get color() {
            return fill.get();
          },
          set color(v: string) {
            fill.set(v);
          },
        },
      },
      get rule() {
        return readSet(rule, 'rule');
      },
      set rule(value) {
        rule = value;
        session.enqueue({
          wire: { path: `${path}.cellValue`, set: 'rule', value },
          apply: () => {
            if (!ref.state) throw itemNotFound();
            // Excel rejects a rule whose formula is not a formula or a constant it can parse.
            if (value.formula1.trim() === '') throw invalidArgument('conditional format rule needs formula1');
            ref.state.operator = value.operator;
            ref.state.formula1 = value.formula1;
          },
        });
      },
    };
    this.dataBar = {
      positiveFormat: {
        get fillColor() {
          return bar.get();
        },
        set fillColor(v: string) {
          bar.set(v);
        },
      },
    };
  }
}

/** `Range.conditionalFormats`: `add` records a rule on the range; `clearAll` removes those touching it. */
export class FakeConditionalFormats implements ExcelConditionalFormatCollection {
  constructor(
    private readonly session: FakeSession,
    private readonly path: string,
    private readonly locate: Locate,
  ) {}

  add(type: 'CellValue' | 'DataBar'): FakeConditionalFormat {
    const ref: StateRef = { state: null };
    this.session.enqueue({
      wire: { path: this.path, call: 'add', args: [type] },
      apply: () => {
        const target = this.locate();
        if (!target) throw itemNotFound();
        const state: ConditionalFormatState = {
          rect: target.rect,
          type,
          operator: null,
          formula1: null,
          fontColor: null,
          fillColor: null,
          barColor: null,
        };
        target.sheet.conditionalFormats.push(state);
        ref.state = state;
      },
    });
    return new FakeConditionalFormat(this.session, `${this.path}.add('${type}')`, ref);
  }

  clearAll(): void {
    this.session.enqueue({
      wire: { path: this.path, call: 'clearAll', args: [] },
      apply: () => {
        const target = this.locate();
        if (!target) throw itemNotFound();
        const kept = target.sheet.conditionalFormats.filter((cf) => !rectsIntersect(cf.rect, target.rect));
        target.sheet.conditionalFormats.splice(0, target.sheet.conditionalFormats.length, ...kept);
      },
    });
  }
}

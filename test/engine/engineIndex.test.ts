/**
 * The engine's public surface is src/engine/index.ts, the only module other layers may import (lint-enforced, see
 * test/lint/layers.test.ts). Its value exports are listed here by hand, so adding, renaming or removing one fails
 * this test and a change of surface is reviewed on purpose (types are erased at run time: only values are listed).
 */
import * as engine from '../../src/engine';

describe('the engine index', () => {
  it('exports exactly the reviewed surface', () => {
    expect(Object.keys(engine).sort()).toMatchSnapshot();
  });
});

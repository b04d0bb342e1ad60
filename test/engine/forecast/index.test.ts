import * as api from '../../../src/engine/forecast';

describe('forecast public surface', () => {
  it('exports exactly the published functions', () => {
    // The API other modules code against (issue 5); a change here must be deliberate and reviewed.
    expect(Object.keys(api).sort()).toEqual(['backtest', 'forecast', 'seasonalIndices']);
  });
});

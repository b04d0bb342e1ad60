import { waitForOffice } from '../../../src/taskpane/host/waitForOffice';

type OfficeGlobal = { Office?: unknown };
const globalScope = globalThis as OfficeGlobal;

/** A minimal office.js stand-in: only what waitForOffice reads. */
function fakeOffice(onReady: () => Promise<{ host: string | null }>, officeTheme?: object): unknown {
  return { onReady, HostType: { Excel: 'Excel' }, context: { officeTheme } };
}

describe('waitForOffice', () => {
  afterEach(() => {
    delete globalScope.Office;
  });

  it('starts as a preview when office.js did not load', async () => {
    await expect(waitForOffice(10)).resolves.toEqual({
      kind: 'browser',
      reason: expect.stringContaining('could not be loaded'),
    });
  });

  it('starts in Excel with the Office theme when the host is Excel', async () => {
    const theme = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', isDarkTheme: true };
    globalScope.Office = fakeOffice(() => Promise.resolve({ host: 'Excel' }), theme);
    await expect(waitForOffice(1000)).resolves.toEqual({ kind: 'excel', theme });
  });

  it('starts as a preview in a plain browser tab (office.js reports no host)', async () => {
    globalScope.Office = fakeOffice(() => Promise.resolve({ host: null }));
    await expect(waitForOffice(1000)).resolves.toEqual({
      kind: 'browser',
      reason: expect.stringContaining('outside Excel'),
    });
  });

  it('gives up waiting after the timeout', async () => {
    globalScope.Office = fakeOffice(() => new Promise(() => undefined));
    await expect(waitForOffice(20)).resolves.toEqual({ kind: 'browser', reason: expect.stringContaining('in time') });
  });

  it('never rejects when office.js throws while starting', async () => {
    globalScope.Office = fakeOffice(() => Promise.reject(new Error('Invalid manifest')));
    await expect(waitForOffice(1000)).resolves.toEqual({
      kind: 'browser',
      reason: expect.stringContaining('Invalid manifest'),
    });
  });
});

import { describeError } from '../../../src/taskpane/session/describeError';

describe('describeError', () => {
  it('explains an Office.js error by its code, with what to do next', () => {
    const error = Object.assign(new Error('The workbook is protected'), { code: 'AccessDenied' });
    expect(describeError('build the review pack', error)).toEqual({
      title: 'Could not build the review pack.',
      message:
        'The workbook is protected. The workbook is protected or read-only. Unprotect it, or save a copy you can edit, then try again.',
    });
  });

  it('finds the Office.js code behind an adapter error', () => {
    const cause = Object.assign(new Error('Payload too large'), { code: 'RequestPayloadSizeLimitExceeded' });
    const error = Object.assign(new Error('Excel could not write the review pack: Payload too large', { cause }), {
      code: 'write-failed',
    });
    expect(describeError('build the review pack', error).message).toBe(
      'Excel could not write the review pack: Payload too large. The workbook is too large to send in one go. ' +
        'Choose fewer tables on the Data page or remove unused sheets, then try again.',
    );
  });

  it('gives general advice for anything else, never a bare stack', () => {
    const { title, message } = describeError('read the workbook', 'timeout');
    expect(title).toBe('Could not read the workbook.');
    expect(message).toMatch(/^timeout\. Try again\./);
  });
});

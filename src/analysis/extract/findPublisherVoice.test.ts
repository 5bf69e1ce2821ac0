import { describe, expect, it } from 'vitest';
import { analyseText } from '../../nlp/analyseText.js';
import { findPublisherVoice, findReleaseHeaderVoice } from './findPublisherVoice.js';

/** The header's agency as the pipeline reads it: the mentions stage's organisations of the text. */
function headerVoice(text: string) {
  return findReleaseHeaderVoice(text, analyseText(text, { anchorDate: '2026-01-20' }).analysis.mentions);
}

describe('findReleaseHeaderVoice', () => {
  it('reads the agency on a release\'s own header line, and nothing in a story that quotes one (stop 46)', () => {
    const release = "Man Charged With Assaulting Agent\n\nFOR IMMEDIATE RELEASE. U.S. Attorney's Office, District of New Mexico. Tuesday, January 20, 2026.\n\nA man was charged.";
    expect(headerVoice(release)).toMatchObject({ name: "U.S. Attorney's Office", role: 'official' });
    expect(headerVoice("Man Charged\n\nThe U.S. Attorney's Office said in a news release that a man was charged.")).toBeNull();
  });
});

describe('findPublisherVoice', () => {
  it('speaks for the agency whose newsroom published the document', () => {
    expect(findPublisherVoice({ outlet: null, url: 'https://www.dhs.gov/news/2026/03/02/statement' })).toMatchObject({ name: 'Department of Homeland Security', role: 'official' });
    expect(findPublisherVoice({ outlet: null, url: 'https://www.justice.gov/usao-wdtx/pr/man-charged' })?.name).toBe("U.S. Attorney's Office");
    expect(findPublisherVoice({ outlet: null, url: 'https://www.justice.gov/opa/pr/statement' })?.name).toBe('U.S. Department of Justice');
  });

  it('reads an outlet that is an agency name', () => {
    expect(findPublisherVoice({ outlet: 'U.S. Immigration and Customs Enforcement', url: null })?.name).toBe('U.S. Immigration and Customs Enforcement');
  });

  it("speaks for the office holder whose office published a release, and for no office without a holder's name", () => {
    expect(findPublisherVoice({ outlet: 'Office of Congresswoman Lena Ortiz', url: null })).toEqual({ name: 'Lena Ortiz', affiliation: null, role: 'elected_official' });
    expect(findPublisherVoice({ outlet: 'The Office of Mayor Tom Reyes', url: null })?.name).toBe('Tom Reyes');
    // A title written with its period ("Rep.", "Sen.") is read as vocab/roles.json writes it.
    expect(findPublisherVoice({ outlet: 'Office of Rep. Dana Whitfield', url: null })).toEqual({ name: 'Dana Whitfield', affiliation: null, role: 'elected_official' });
    expect(findPublisherVoice({ outlet: 'Office of the Mayor', url: null })).toBeNull();
    expect(findPublisherVoice({ outlet: 'Office of Public Affairs', url: null })).toBeNull();
  });

  it('reads an office of an agency after a comma, and a senator\'s office with the country before the title (stop 63)', () => {
    expect(findPublisherVoice({ outlet: 'U.S. Department of Homeland Security, Office of Legislative Affairs', url: null })?.name).toBe('Department of Homeland Security');
    expect(findPublisherVoice({ outlet: 'Office of U.S. Senator Helen Marquardt', url: null })).toEqual({ name: 'Helen Marquardt', affiliation: null, role: 'elected_official' });
    expect(findPublisherVoice({ outlet: 'Valley Courier, Office of the Editor', url: null })).toBeNull();
  });

  it('gives no voice to a news outlet, or to a host that only ends like an agency host', () => {
    expect(findPublisherVoice({ outlet: 'Valley Courier', url: 'https://valleycourier.example/news/1' })).toBeNull();
    expect(findPublisherVoice({ outlet: null, url: 'https://notdhs.gov.example.com/x' })).toBeNull();
    expect(findPublisherVoice({ outlet: null, url: 'not a url' })).toBeNull();
  });

  it('speaks for a local office whose name is the outlet: a county prosecutor, a police department (stop 68)', () => {
    expect(findPublisherVoice({ outlet: "Multnomah County District Attorney's Office", url: null })).toEqual({ name: "Multnomah County District Attorney's Office", affiliation: "Multnomah County District Attorney's Office", role: 'prosecutor' });
    expect(findPublisherVoice({ outlet: 'Portland Police Bureau', url: null })?.role).toBe('official');
    expect(findPublisherVoice({ outlet: 'Lake County Courier', url: null })).toBeNull();
  });
});


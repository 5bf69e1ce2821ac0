import { describe, expect, it } from 'vitest';
import { findCaptionDefendants } from './findCaptionDefendants.js';

describe('findCaptionDefendants', () => {
  it('reads the defendant of a criminal caption in a title or a filing heading', () => {
    expect(findCaptionDefendants('Order on detention, United States v. Marisol Quintero-Vega (D. Nev.)')).toEqual(['Marisol Quintero-Vega']);
    expect(findCaptionDefendants(null, 'UNITED STATES DISTRICT COURT\n\nUNITED STATES OF AMERICA\nv.\nDARIO PELLETIER\n\nCase No. 2:26-cr-0001')).toEqual(['DARIO PELLETIER']);
  });

  it('reads every defendant of a joint case, without "et al."', () => {
    expect(findCaptionDefendants('State of New Mexico v. Ana Ruiz, Pedro Diaz, et al.')).toEqual(['Ana Ruiz', 'Pedro Diaz']);
    expect(findCaptionDefendants('Complaint, United States v. Okafor and Lindgren (W.D. Wash.)')).toEqual(['Okafor', 'Lindgren']);
  });

  it('ignores a civil suit brought by a private party and prose without a caption', () => {
    expect(findCaptionDefendants('Valley Courier Media LLC v. U.S. Department of Homeland Security et al.')).toEqual([]);
    expect(findCaptionDefendants('The United States has charged the driver with assault.')).toEqual([]);
  });

  it('reads no person from a case against a government, a place or an agency', () => {
    expect(findCaptionDefendants('What United States v. Illinois means for the raids')).toEqual([]);
    expect(findCaptionDefendants('United States v. City of Denver and Colorado')).toEqual([]);
    expect(findCaptionDefendants('Complaint, United States v. Border Patrol Foundation and Ana Ruiz')).toEqual(['Ana Ruiz']);
  });

  it('ignores a precedent cited in running text or with its reporter citation', () => {
    expect(findCaptionDefendants(null, 'Agents may stop a car on reasonable suspicion under United States v. Brignoni-Ponce, the lawyer said.')).toEqual([]);
    expect(findCaptionDefendants('Why United States v. Brignoni-Ponce, 422 U.S. 873, still matters')).toEqual([]);
  });
});

/** The names of the public holidays (model/holidays), for the contact cards' "open now". */
import { msg } from '@lit/localize';
import type { Holiday } from '../model/holidays.js';

/** "Eerste Kerstdag", "Koningsdag", ... */
export function holidayLabel(holiday: Holiday): string {
  switch (holiday) {
    case 'nieuwjaarsdag':
      return msg('Nieuwjaarsdag', { id: 'labels.holiday.nieuwjaarsdag' });
    case 'goede-vrijdag':
      return msg('Goede Vrijdag', { id: 'labels.holiday.goede-vrijdag' });
    case 'eerste-paasdag':
      return msg('Eerste Paasdag', { id: 'labels.holiday.eerste-paasdag' });
    case 'tweede-paasdag':
      return msg('Tweede Paasdag', { id: 'labels.holiday.tweede-paasdag' });
    case 'koningsdag':
      return msg('Koningsdag', { id: 'labels.holiday.koningsdag' });
    case 'bevrijdingsdag':
      return msg('Bevrijdingsdag', { id: 'labels.holiday.bevrijdingsdag' });
    case 'hemelvaartsdag':
      return msg('Hemelvaartsdag', { id: 'labels.holiday.hemelvaartsdag' });
    case 'eerste-pinksterdag':
      return msg('Eerste Pinksterdag', { id: 'labels.holiday.eerste-pinksterdag' });
    case 'tweede-pinksterdag':
      return msg('Tweede Pinksterdag', { id: 'labels.holiday.tweede-pinksterdag' });
    case 'eerste-kerstdag':
      return msg('Eerste Kerstdag', { id: 'labels.holiday.eerste-kerstdag' });
    case 'tweede-kerstdag':
      return msg('Tweede Kerstdag', { id: 'labels.holiday.tweede-kerstdag' });
  }
}

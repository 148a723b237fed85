/** Interface labels of the contact topics (contact-list's `topic`). See labels.ts. */
import { msg } from '@lit/localize';
import type { Topic } from '../data/types.js';

/** A contact topic: "bij acuut gevaar", "melden", ... */
export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'acute':
      return msg('bij acuut gevaar', { id: 'contact-list.topic.acute' });
    case 'report':
      return msg('melden', { id: 'contact-list.topic.report' });
    case 'advice':
      return msg('advies en overleg', { id: 'contact-list.topic.advice' });
    case 'anonymous':
      return msg('anoniem melden of advies vragen', { id: 'contact-list.topic.anonymous' });
    case 'labour':
      return msg('arbeidsuitbuiting', { id: 'contact-list.topic.labour' });
    case 'sexual':
      return msg('seksuele uitbuiting', { id: 'contact-list.topic.sexual' });
    case 'criminal':
      return msg('criminele uitbuiting', { id: 'contact-list.topic.criminal' });
    case 'minors':
      return msg('minderjarigen', { id: 'contact-list.topic.minors' });
    case 'migrants':
      return msg('migranten', { id: 'contact-list.topic.migrants' });
    case 'sex-workers':
      return msg('sekswerkers', { id: 'contact-list.topic.sex-workers' });
    case 'shelter':
      return msg('opvang en ondersteuning', { id: 'contact-list.topic.shelter' });
    case 'medical':
      return msg('medische hulp', { id: 'contact-list.topic.medical' });
  }
}

import type { ContactsSlice } from '../types.js';
import contacts from './contacts.json';

export default contacts as unknown as ContactsSlice;

/** The time zone of every time the elements show or compute with (opening hours, dates printed). */
export const TIME_ZONE = 'Europe/Amsterdam';

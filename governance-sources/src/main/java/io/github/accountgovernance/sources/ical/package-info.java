/**
 * iCalendar (RFC 5545) rotas and leave calendars: {@link io.github.accountgovernance.sources.ical.ICalendarFormat}
 * reads the events of an {@code .ics} file as rota entries or absences, expanding recurring events, with a
 * documented, configurable mapping of attendees to contributors and of categories to accounts.
 */
@PublicAPI(usage = PublicAPI.Usage.ACCESS)
package io.github.accountgovernance.sources.ical;

import io.github.accountgovernance.core.api.PublicAPI;

/** Paging of list answers: offset, limit and total. */
package se.styrkedja.core.paging;

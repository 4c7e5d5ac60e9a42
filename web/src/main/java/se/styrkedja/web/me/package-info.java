/** Who am I: the signed-in caller, their municipality and role levels. */
package se.styrkedja.web.me;

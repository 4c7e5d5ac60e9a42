-- What a search for people compares: given and family name, usernames and e-mail in lower case
-- without accents, so that "andre" finds André and "oberg" Öberg. Computed by the database, so
-- that every way a person is written (the import, the demo, a test's own insert) has it; the
-- application folds what is typed the same way (Person.fold).
alter table person add column search_key text generated always as (
    translate(
        lower(given_name || ' ' || family_name || ' ' || coalesce(linked_username, '') || ' '
              || coalesce(principal_name, '') || ' ' || coalesce(email, '')),
        'åäöáàâãéèêëíìîïóòôõúùûüýÿçñæøšžčćłńśźżÅÄÖÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝŸÇÑÆØŠŽČĆŁŃŚŹŻ',
        'aaoaaaaeeeeiiiioooouuuuyycnaoszcclnszzaaoaaaaeeeeiiiioooouuuuyycnaoszcclnszz')) stored;

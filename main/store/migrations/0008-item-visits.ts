// 0008: how many times a citizen must come to the hall for an item (到办事现场次数, 0/1/2), as a
// column beside the others a result list shows, so search answers it without parsing the guide.
// Rows already cached take it from their stored guide.
export default `
ALTER TABLE catalogue_items ADD COLUMN visits_required INTEGER NOT NULL DEFAULT 1;

UPDATE catalogue_items
   SET visits_required = coalesce((SELECT json_extract(d.json, '$.visitsRequired')
                                     FROM catalogue_item_docs d WHERE d.no = catalogue_items.no), 1);
`;

DROP TABLE handle_renames;
DROP TABLE handles;


META
key;value
budget;10
comment;"two
lines"

PROJECTS
project_id;name;cost
p;"A ""quoted""
name";5

VOTES
voter_id;vote
1; p 

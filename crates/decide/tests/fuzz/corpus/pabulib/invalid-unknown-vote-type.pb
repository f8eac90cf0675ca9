META
key;value
budget;10
vote_type;quadratic
PROJECTS
project_id;cost
1;5

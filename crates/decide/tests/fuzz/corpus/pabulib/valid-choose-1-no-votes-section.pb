META
key;value
budget;10
vote_type;choose-1
PROJECTS
project_id;cost
x;5
y;5

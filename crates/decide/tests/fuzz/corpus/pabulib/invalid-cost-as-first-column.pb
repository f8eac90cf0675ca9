META
key;value
budget;10
PROJECTS
cost;project_id
5;1

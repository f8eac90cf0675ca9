META
key;value
budget;10
votes;;ignored third field
PROJECTS
project_id;cost
p;5
VOTES
voter_id;vote
votes;none
;none

# Problem details: the human `detail` of the API's problem+json answers and of error pages.

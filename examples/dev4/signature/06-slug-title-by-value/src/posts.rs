use crate::slug::slugify;

pub struct Post {
    pub title: String,
    pub body: String,
}

impl Post {
    pub fn url(&self) -> String {
        format!("/posts/{}", slugify(&self.title))
    }
}

pub fn index(posts: &[Post]) -> Vec<String> {
    posts.iter().map(|p| slugify(&p.title)).collect()
}

pub fn anchor(heading: &str) -> String {
    format!("#{}", slugify(heading))
}

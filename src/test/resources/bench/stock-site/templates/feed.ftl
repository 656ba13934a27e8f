<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Clinic blog</title>
<link>${config.site_host}</link>
<atom:link href="${config.site_host}/${config.feed_file}" rel="self" type="application/rss+xml" />
<description>Stock JBake benchmark site</description>
<language>en-us</language>
<pubDate>${published_date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
<#list published_posts as post>
<#if post?index gte 10><#break></#if>
<item>
<title><#escape x as x?xml>${post.title}</#escape></title>
<link>${config.site_host}/${post.uri}</link>
<pubDate>${post.date?string("EEE, d MMM yyyy HH:mm:ss Z")}</pubDate>
<guid isPermaLink="false">${post.uri}</guid>
<description><#escape x as x?xml>${post.body}</#escape></description>
</item>
</#list>
</channel>
</rss>

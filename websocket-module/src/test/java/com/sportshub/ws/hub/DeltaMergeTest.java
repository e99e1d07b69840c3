package com.sportshub.ws.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeltaMergeTest {

  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void newerScalarsWinAndFieldsOfBothAreKept() {
    assertEquals(
        json("{'a':1,'b':3,'c':4}"),
        DeltaMerge.merge(json("{'a':1,'b':2}"), json("{'b':3,'c':4}")));
  }

  @Test
  void keyedElementsMergeByKeyKeepingEveryChangedOneInFirstSeenOrder() {
    String older = json("{'prices':[{'key':'home','price':2.0},{'key':'draw','price':3.4}]}");
    String newer = json("{'prices':[{'key':'away','price':4.1},{'key':'home','price':1.9}]}");

    assertEquals(
        json(
            "{'prices':[{'key':'home','price':1.9},{'key':'draw','price':3.4},"
                + "{'key':'away','price':4.1}]}"),
        DeltaMerge.merge(older, newer));
  }

  @Test
  void nestedObjectsMergeFieldByField() {
    assertEquals(
        json("{'score':{'home':1,'away':1},'minute':60}"),
        DeltaMerge.merge(
            json("{'score':{'home':1,'away':0},'minute':55}"),
            json("{'score':{'away':1},'minute':60}")));
  }

  @Test
  void arraysWithoutKeysAreReplacedWhole() {
    assertEquals(
        json("{'form':['W','D']}"),
        DeltaMerge.merge(json("{'form':['L']}"), json("{'form':['W','D']}")));
  }
}
